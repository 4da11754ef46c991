-- POST /api/auth/login, rotating through the accounts of BENCH_USERS (one email a line), all with
-- the password BENCH_PASSWORD.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  users = read_lines(os.getenv("BENCH_USERS"))
  password = os.getenv("BENCH_PASSWORD")
  next_user = tid
end

function request()
  next_user = next_user % #users + 1
  return wrk.format("POST", "/api/auth/login", {["Content-Type"] = "application/json"},
    string.format('{"username": "%s", "password": "%s"}', users[next_user], password))
end
