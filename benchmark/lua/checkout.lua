-- POST /api/orders: every buyer (a token of BENCH_TOKENS, whose cart holds two lines and whose
-- balance pays for them) checks out once; the threads take the buyers in turns. When the buyers
-- run out, the later checkouts meet empty carts and show as non-2xx answers.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  tokens = read_lines(os.getenv("BENCH_TOKENS"))
  threads_total = tonumber(os.getenv("BENCH_THREADS"))
  next_token = tid - threads_total
end

function request()
  next_token = next_token + threads_total
  local token = tokens[(next_token - 1) % #tokens + 1]
  return wrk.format("POST", "/api/orders", {["Authorization"] = "Bearer " .. token})
end
