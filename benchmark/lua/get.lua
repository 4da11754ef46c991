-- GET BENCH_PATH with no sign-in (the limit: a static file or the health answer).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local path = os.getenv("BENCH_PATH")

function request()
  return wrk.format("GET", path)
end
