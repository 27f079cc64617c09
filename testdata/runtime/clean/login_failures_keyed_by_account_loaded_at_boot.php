<?php
// A login endpoint counts failed attempts per account. The accounts are
// loaded when the worker starts (a setup loop beside the request loop),
// and a failed login is counted under the id of the account its e-mail
// names; an e-mail of no account is not counted. The counters stay at
// one per account.

final class Accounts
{
    /** @var array<string, array{id: int, hash: string}> */
    private array $byEmail = [];

    public function add(int $id, string $email, string $password): void
    {
        $this->byEmail[$email] = ['id' => $id, 'hash' => hash('sha256', $password)];
    }

    public function find(string $email): ?array
    {
        return $this->byEmail[$email] ?? null;
    }
}

final class LoginAttempts
{
    /** @var array<string, int> */
    private array $failures = [];

    public function __construct(private Accounts $accounts)
    {
    }

    public function fail(string $email): void
    {
        $key = $this->keyFor($this->accounts->find(strtolower(trim($email))), $email);
        if ($key === null) {
            return;
        }
        $this->failures[$key] = ($this->failures[$key] ?? 0) + 1;
    }

    private function keyFor(?array $account, string $email): ?string
    {
        return $account === null ? null : 'account:' . $account['id'];
    }
}

$accounts = new Accounts();
for ($u = 1; $u <= 30; $u++) {
    $accounts->add($u, "member{$u}@shop.example", "secret {$u}");
}
$attempts = new LoginAttempts($accounts);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $email = $i % 3 === 0 ? 'member' . ($i % 30 + 1) . '@shop.example' : 'bot' . $i . '@mail.example' . str_repeat('.x', 420);
    $attempts->fail($email);
}
