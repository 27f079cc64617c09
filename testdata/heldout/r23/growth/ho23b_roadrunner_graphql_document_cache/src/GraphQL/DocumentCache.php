<?php

declare(strict_types=1);

namespace App\GraphQL;

use GraphQL\Language\DocumentNode;

/**
 * Keeps parsed query documents between requests so a warm worker skips the
 * lexer and parser for queries it has already seen.
 */
final class DocumentCache
{
    /** @var array<string, DocumentNode> */
    private array $documents = [];

    public function __construct(private readonly string $namespace = 'gql_doc')
    {
    }

    /** @param callable(string): DocumentNode $parse */
    public function fetch(string $source, callable $parse): DocumentNode
    {
        $key = $this->keyFor($source);

        if (isset($this->documents[$key])) {
            return $this->documents[$key];
        }

        return $this->store($key, $parse($source));
    }

    public function keyFor(string $source): string
    {
        return $this->namespace . ':' . hash('sha256', self::normalize($source));
    }

    private function store(string $key, DocumentNode $document): DocumentNode
    {
        $this->documents[$key] = $document; // leak

        return $document;
    }

    private static function normalize(string $source): string
    {
        return preg_replace('/\s+/', ' ', trim($source));
    }
}
