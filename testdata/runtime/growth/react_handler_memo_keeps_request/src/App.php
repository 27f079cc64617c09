<?php

declare(strict_types=1);

final class Request
{
    public function __construct(public readonly string $token, public readonly string $body)
    {
    }
}

// Memoises the account of each request under its object hash, keeping
// the request too: every request stays, and so does its entry.
final class AccountResolver
{
    /** @var array<string, array{0: Request, 1: string}> */
    private array $resolved = [];

    public function accountFor(Request $request): string
    {
        $hash = spl_object_hash($request);

        return ($this->resolved[$hash] ??= [$request, 'acct-' . substr($request->token, 0, 8)])[1]; // leak
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
