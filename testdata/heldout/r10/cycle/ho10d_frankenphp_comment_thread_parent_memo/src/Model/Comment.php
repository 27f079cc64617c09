<?php

declare(strict_types=1);

namespace Blog\Model;

final class Comment
{
    /** @var list<Comment> */
    private array $replies = [];
    /** @var \WeakReference<Comment>|null */
    private ?\WeakReference $parent = null;
    private ?Comment $parentCache = null;

    public function __construct(
        public readonly int $id,
        public readonly string $author,
        public readonly string $body,
    ) {
    }

    public function addReply(Comment $reply): void
    {
        $reply->parent = \WeakReference::create($this);
        $this->replies[] = $reply; // leak
    }

    public function parent(): ?Comment
    {
        return $this->parentCache ??= $this->parent?->get(); // leak
    }

    public function depth(): int
    {
        $depth = 0;
        for ($node = $this->parent(); $node !== null; $node = $node->parent()) {
            $depth++;
        }

        return $depth;
    }

    /** @return list<Comment> */
    public function replies(): array
    {
        return $this->replies;
    }
}
