<?php
// An indexer tokenizes each document once: a keyed guard returns early for a document it has seen, but the key is the request's document id, so every new document adds its tokens.

final class Document
{
    public function __construct(public readonly string $id, public readonly string $body) {}
}

final class TokenIndex
{
    /** @var array<string, true> */
    private static array $indexed = [];

    /** @var array<string, list<string>> */
    private static array $tokens = [];

    public function index(Document $doc): void
    {
        $id = $doc->id;
        if (isset(self::$indexed[$id])) {
            return;
        }
        self::$indexed[$id] = true; // leak

        $this->tokenize($id, $doc->body);
    }

    public function tokens(string $id): array
    {
        return self::$tokens[$id] ?? [];
    }

    private function tokenize(string $id, string $body): void
    {
        foreach (array_slice(explode(' ', $body), 0, 12) as $word) {
            self::$tokens[$id][] = $word . str_repeat('.', 40); // leak
        }
    }
}

function handle_request(TokenIndex $index, array $request): int
{
    $doc = new Document($request['document_id'], $request['body']);
    $index->index($doc);
    return count($index->tokens($doc->id));
}

$index = new TokenIndex();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request($index, ['document_id' => "doc-{$i}", 'body' => str_repeat("word{$i} term ", 20)]);
}
