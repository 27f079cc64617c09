<?php

declare(strict_types=1);

final class Request
{
    public function __construct(public readonly string $token, public readonly string $body)
    {
    }
}

// Memoises the account of each request in a WeakMap keyed by the
// request: the entry goes with the request.
final class AccountResolver
{
    private WeakMap $resolved;

    public function __construct()
    {
        $this->resolved = new WeakMap();
    }

    public function accountFor(Request $request): string
    {
        return $this->resolved[$request] ??= 'acct-' . substr($request->token, 0, 8);
    }
}

final class ApiHandler
{
    public function __construct(private readonly AccountResolver $accounts)
    {
    }

    public function __invoke(array $raw): string
    {
        return $this->accounts->accountFor(new Request($raw['token'], $raw['body']));
    }
}
