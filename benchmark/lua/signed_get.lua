-- GET a signed-in path, rotating through the customers' tokens.
-- BENCH_TOKENS: a file of access tokens; BENCH_PATH: the path, where "{id}" becomes a random id
-- from BENCH_IDS (a file of product ids) when given.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local path = os.getenv("BENCH_PATH")

function init(args)
  tokens = read_lines(os.getenv("BENCH_TOKENS"))
  local ids_file = os.getenv("BENCH_IDS")
  ids = ids_file and ids_file ~= "" and read_lines(ids_file) or nil
  math.randomseed(os.time() + tid * 7919)
  next_token = tid
end

function request()
  next_token = next_token % #tokens + 1
  local target = path
  if ids then
    target = string.gsub(path, "{id}", ids[math.random(#ids)])
  end
  return wrk.format("GET", target, {["Authorization"] = "Bearer " .. tokens[next_token]})
end
