<?php

namespace App\Chat;

final class Message
{
    private ?Message $parent = null;
    /** @var list<Message> */
    private array $children = [];

    public function __construct(public readonly string $author, public readonly string $text) {}

    public function attachTo(Message $parent): void
    {
        $this->parent = $parent;
        $parent->children[] = $this;
    }

    public function detach(): void
    {
        if ($this->parent !== null) {
            $this->parent->children = array_values(array_filter($this->parent->children, fn (Message $m) => $m !== $this));
            $this->parent = null;
        }
    }

    public function depth(): int
    {
        return $this->parent === null ? 0 : $this->parent->depth() + 1;
    }

    public function replyCount(): int
    {
        return count($this->children);
    }
}
