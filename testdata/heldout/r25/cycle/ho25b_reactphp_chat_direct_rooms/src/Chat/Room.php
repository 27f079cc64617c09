<?php

namespace ChatApp\Chat;

final class Room
{
    private const HISTORY = 20;

    /** @var array<string, Participant> */
    private array $participants = [];
    /** @var list<array{from: string, body: string, at: int}> */
    private array $history = [];

    public function __construct(public readonly string $id, public readonly string $kind)
    {
    }

    public function admit(Participant $participant): void
    {
        $this->participants[$participant->userId] = $participant; // leak
        $participant->joined($this);
    }

    public function post(string $fromUserId, string $body, int $at): void
    {
        $this->history[] = ['from' => $fromUserId, 'body' => $body, 'at' => $at];
        if (count($this->history) > self::HISTORY) {
            array_shift($this->history);
        }
        foreach ($this->participants as $userId => $participant) {
            if ($userId !== $fromUserId) {
                $participant->notify();
            }
        }
    }

    /** @return list<string> */
    public function memberIds(): array
    {
        return array_keys($this->participants);
    }
}
