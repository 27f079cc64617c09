<?php

declare(strict_types=1);

namespace Blog\Model;

final class Comment
{
    /** @var list<Comment> */
    private array $replies = [];
    /** @var \WeakReference<Comment>|null */
    private ?\WeakReference $parent = null;
    private ?int $depthCache = null;

    public function __construct(
        public readonly int $id,
        public readonly string $author,
        public readonly string $body,
    ) {
    }

    public function addReply(Comment $reply): void
    {
        $reply->parent = \WeakReference::create($this);
        $this->replies[] = $reply;
    }

    public function parent(): ?Comment
    {
        return $this->parent?->get();
    }

    public function depth(): int
    {
        return $this->depthCache ??= ($parent = $this->parent()) === null ? 0 : $parent->depth() + 1;
    }

    /** @return list<Comment> */
    public function replies(): array
    {
        return $this->replies;
    }
}
