<?php

namespace App\Entity;

class SearchDocument
{
    private array $tokens = [];

    public function __construct(private int $id, private string $title, private string $body) {}

    public function getId(): int { return $this->id; }

    public function reindex(): void
    {
        $this->tokens = array_values(array_unique(str_word_count(strtolower($this->title . ' ' . $this->body), 1)));
    }
}
