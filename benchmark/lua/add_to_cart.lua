-- POST /api/cart/items: one piece of a random product into a customer's cart, rotating customers.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  tokens = read_lines(os.getenv("BENCH_TOKENS"))
  ids = read_lines(os.getenv("BENCH_IDS"))
  math.randomseed(os.time() + tid * 7919)
  next_token = tid
end

function request()
  next_token = next_token % #tokens + 1
  return wrk.format("POST", "/api/cart/items", {
    ["Authorization"] = "Bearer " .. tokens[next_token],
    ["Content-Type"] = "application/json",
  }, string.format('{"productId": %s, "quantity": 1}', ids[math.random(#ids)]))
end
