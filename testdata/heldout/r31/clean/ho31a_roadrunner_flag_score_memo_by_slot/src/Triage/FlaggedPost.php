<?php

namespace Forum\Triage;

final class FlaggedPost
{
    public function __construct(
        public readonly int $id,
        public readonly int $revision,
        public readonly int $authorId,
        public readonly int $authorKarma,
        public readonly string $body,
        public readonly int $flagCount,
    ) {
    }

    public static function fromForm(array $form): self
    {
        return new self(
            (int) $form['post_id'],
            (int) ($form['revision'] ?? 1),
            (int) $form['author_id'],
            (int) ($form['author_karma'] ?? 0),
            (string) $form['body'],
            max(1, (int) ($form['flags'] ?? 1)),
        );
    }
}
