<?php

namespace DevTools\Lsp;

use LspProtocol\Diagnostic;
use LspProtocol\Message;
use LspProtocol\Position;
use LspProtocol\Range;

final class Linter
{
    /** @return list<Diagnostic> */
    public function lint(TextDocument $doc): array
    {
        $found = [];
        foreach (explode("\n", $doc->text) as $line => $text) {
            if (str_contains($text, 'var_dump(')) {
                $col = strpos($text, 'var_dump(');
                $found[] = new Diagnostic(
                    new Range(new Position($line, $col), new Position($line, $col + 8)),
                    sprintf('Debug call var_dump() left in %s at line %d', basename($doc->uri), $line + 1),
                    Diagnostic::SEVERITY_WARNING,
                    'php-lint',
                    'debug.call',
                );
            }
            if (preg_match('/\$(\w+)\s*=\s*\$\1\b/', $text, $m)) {
                $found[] = new Diagnostic(
                    new Range(new Position($line, 0), new Position($line, strlen($text))),
                    sprintf('Self-assignment of $%s has no effect (document version %d)', $m[1], $doc->version),
                    Diagnostic::SEVERITY_ERROR,
                    'php-lint',
                    'assign.self',
                );
            }
        }

        return $found;
    }
}

final class TextDocumentHandler
{
    public function __construct(private Linter $linter)
    {
    }

    public function handle(Message $message): ?array
    {
        return match ($message->method) {
            'textDocument/didOpen' => $this->didOpen($message->params['textDocument']),
            'textDocument/didChange' => $this->didChange($message->params),
            'textDocument/didClose' => $this->didClose($message->params['textDocument']['uri']),
            default => null,
        };
    }

    private function didOpen(array $item): array
    {
        $doc = Services::documents()->open($item['uri'], $item['version'], $item['text']);

        return $this->publish($doc);
    }

    private function didChange(array $params): array
    {
        $uri = $params['textDocument']['uri'];
        $doc = Services::documents()->get($uri)
            ?? Services::documents()->open($uri, 0, '');
        // results computed for the previous text are stale now
        Services::diagnostics()->forget(diagnostics_key($doc));
        $doc->version = $params['textDocument']['version'];
        $doc->text = end($params['contentChanges'])['text'];

        return $this->publish($doc);
    }

    private function didClose(string $uri): ?array
    {
        $doc = Services::documents()->close($uri);
        if ($doc !== null) {
            Services::diagnostics()->forget(diagnostics_key($doc));
        }

        return null;
    }

    private function publish(TextDocument $doc): array
    {
        $cache = Services::diagnostics();
        $key = diagnostics_key($doc);
        if (!$cache->has($key)) {
            $cache->put($key, $this->linter->lint($doc));
        }

        return ['uri' => $doc->uri, 'diagnostics' => count($cache->get($key))];
    }
}
