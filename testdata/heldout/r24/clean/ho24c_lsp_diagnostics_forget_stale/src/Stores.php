<?php

namespace DevTools\Lsp;

final class TextDocument
{
    public function __construct(
        public readonly string $uri,
        public int $version,
        public string $text,
    ) {
    }
}

final class DocumentStore
{
    /** @var array<string, TextDocument> */
    private array $open = [];

    public function open(string $uri, int $version, string $text): TextDocument
    {
        return $this->open[$uri] = new TextDocument($uri, $version, $text);
    }

    public function get(string $uri): ?TextDocument
    {
        return $this->open[$uri] ?? null;
    }

    public function close(string $uri): ?TextDocument
    {
        $doc = $this->open[$uri] ?? null;
        unset($this->open[$uri]);

        return $doc;
    }
}

final class DiagnosticsCache
{
    /** @var array<string, list<\LspProtocol\Diagnostic>> */
    private array $entries = [];

    public function has(string $key): bool
    {
        return isset($this->entries[$key]);
    }

    public function get(string $key): array
    {
        return $this->entries[$key] ?? [];
    }

    public function put(string $key, array $diagnostics): void
    {
        $this->entries[$key] = $diagnostics;
    }

    public function forget(string $key): void
    {
        unset($this->entries[$key]);
    }
}

function diagnostics_key(TextDocument $doc): string
{
    return sprintf('%s#v%d', rtrim($doc->uri, '/'), $doc->version);
}
