<?php

namespace App\Models;

final class Ticket
{
    private ?int $id = null;
    private string $status = 'new';

    /** @param list<string> $tags */
    public function __construct(
        private readonly string $subject,
        private readonly string $body,
        private readonly string $requesterEmail,
        private readonly string $channel,
        private readonly string $priority,
        private readonly array $tags,
        private readonly int $receivedAt,
    ) {}

    public function getId(): ?int
    {
        return $this->id;
    }

    public function assignId(int $id): void
    {
        $this->id = $id;
    }

    public function getSubject(): string
    {
        return $this->subject;
    }

    public function getPriority(): string
    {
        return $this->priority;
    }

    public function getStatus(): string
    {
        return $this->status;
    }

    public function toArray(): array
    {
        return [
            'id' => $this->id,
            'subject' => $this->subject,
            'requester' => $this->requesterEmail,
            'channel' => $this->channel,
            'priority' => $this->priority,
            'status' => $this->status,
            'tags' => $this->tags,
            'received_at' => gmdate('c', $this->receivedAt),
            'excerpt' => substr($this->body, 0, 80),
        ];
    }
}
