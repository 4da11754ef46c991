-- POST /api/me/balance/top-ups of 10.00, each with an Idempotency-Key of its own.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  tokens = read_lines(os.getenv("BENCH_TOKENS"))
  nonce = os.getenv("BENCH_NONCE")
  next_token = tid
  sent = 0
end

function request()
  next_token = next_token % #tokens + 1
  sent = sent + 1
  return wrk.format("POST", "/api/me/balance/top-ups", {
    ["Authorization"] = "Bearer " .. tokens[next_token],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", nonce, tid, sent),
  }, '{"amount": 10.00}')
end
