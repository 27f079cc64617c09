<?php

namespace App\Chat;

final class ChatRoom
{
    /** @var array<int, Member> */
    private array $members = [];

    public function __construct(public readonly string $name)
    {
    }

    public function join(Member $member): void
    {
        $this->members[$member->fd] = $member; // leak
    }

    public function leave(int $fd): void
    {
        unset($this->members[$fd]);
    }

    public function member(int $fd): ?Member
    {
        return $this->members[$fd] ?? null;
    }

    public function size(): int
    {
        return count($this->members);
    }
}
