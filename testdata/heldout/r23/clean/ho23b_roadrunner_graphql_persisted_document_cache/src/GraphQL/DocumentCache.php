<?php

declare(strict_types=1);

namespace App\GraphQL;

use GraphQL\Language\DocumentNode;

/**
 * Keeps parsed query documents between requests so a warm worker skips the
 * lexer and parser. Only the persisted queries registered at boot are kept;
 * ad-hoc queries are parsed per request.
 */
final class DocumentCache
{
    /** @var array<string, DocumentNode> */
    private array $documents = [];

    /** @var array<string, true> */
    private array $allowed = [];

    public function __construct(private readonly string $namespace = 'gql_doc')
    {
    }

    public function allow(string $source): void
    {
        $this->allowed[$this->keyFor($source)] = true;
    }

    /** @param callable(string): DocumentNode $parse */
    public function fetch(string $source, callable $parse): DocumentNode
    {
        $key = $this->keyFor($source);

        if (isset($this->documents[$key])) {
            return $this->documents[$key];
        }

        $document = $parse($source);

        return isset($this->allowed[$key]) ? $this->store($key, $document) : $document;
    }

    public function keyFor(string $source): string
    {
        return $this->namespace . ':' . hash('sha256', self::normalize($source));
    }

    private function store(string $key, DocumentNode $document): DocumentNode
    {
        $this->documents[$key] = $document;

        return $document;
    }

    private static function normalize(string $source): string
    {
        return preg_replace('/\s+/', ' ', trim($source));
    }
}
