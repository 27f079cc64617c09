<?php

declare(strict_types=1);

namespace App\GraphQL;

use App\Domain\User;
use App\Domain\UserRepository;

final class Deferred
{
    private ?User $value = null;

    public function resolve(User $value): void
    {
        $this->value = $value;
    }

    public function wait(): ?User
    {
        return $this->value;
    }
}

final class UserBatchLoader
{
    /** @var array<int, Deferred> */
    private array $deferreds = [];

    /** @var array<int, User> */
    private array $resolved = [];

    public function __construct(private readonly UserRepository $users)
    {
    }

    public function load(int $userId): Deferred
    {
        return $this->deferreds[$userId] ??= new Deferred(); // leak
    }

    public function dispatch(): void
    {
        $missing = array_keys(array_diff_key($this->deferreds, $this->resolved));
        if ($missing === []) {
            return;
        }

        foreach ($this->users->findMany($missing) as $id => $user) {
            $this->resolved[$id] = $user; // leak
            $this->deferreds[$id]->resolve($user);
        }
    }
}
