<?php

declare(strict_types=1);

namespace GraphQL\Language;

final class Token
{
    public function __construct(
        public readonly string $kind,
        public readonly string $value,
        public readonly int $start,
    ) {
    }
}

class Node
{
    public ?Location $loc = null;
}

final class Location
{
    public function __construct(public readonly int $start, public readonly int $end, public readonly string $source)
    {
    }
}

final class ArgumentNode extends Node
{
    public function __construct(public readonly string $name, public readonly string $value)
    {
    }
}

final class FieldNode extends Node
{
    /** @param list<ArgumentNode> $arguments @param list<FieldNode> $selections */
    public function __construct(
        public readonly string $name,
        public readonly array $arguments,
        public readonly array $selections,
    ) {
    }
}

final class OperationDefinitionNode extends Node
{
    /** @param list<FieldNode> $selections */
    public function __construct(
        public readonly string $operation,
        public readonly ?string $name,
        public readonly array $selections,
    ) {
    }
}

final class DocumentNode extends Node
{
    /** @param list<OperationDefinitionNode> $definitions @param list<Token> $tokens */
    public function __construct(public readonly array $definitions, public readonly array $tokens)
    {
    }
}

final class Parser
{
    /** @var list<Token> */
    private array $tokens = [];
    private int $pos = 0;

    private function __construct(private readonly string $source)
    {
        preg_match_all('/[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\\\]|\\\\.)*"|\$[A-Za-z_]+|-?\d+|[{}():!,\[\]$]/', $source, $m, PREG_OFFSET_CAPTURE);
        foreach ($m[0] as [$value, $offset]) {
            $kind = match (true) {
                $value[0] === '"' => 'STRING',
                $value[0] === '$' && strlen($value) > 1 => 'VARIABLE',
                preg_match('/^-?\d+$/', $value) === 1 => 'INT',
                strlen($value) === 1 && !preg_match('/\w/', $value) => 'PUNCT',
                default => 'NAME',
            };
            $this->tokens[] = new Token($kind, $value, $offset);
        }
    }

    public static function parse(string $source): DocumentNode
    {
        $parser = new self($source);
        $definitions = [];
        while ($parser->pos < count($parser->tokens)) {
            $definitions[] = $parser->parseOperation();
        }

        $document = new DocumentNode($definitions, $parser->tokens);
        $document->loc = new Location(0, strlen($source), $source);

        return $document;
    }

    private function parseOperation(): OperationDefinitionNode
    {
        $operation = 'query';
        $name = null;
        if ($this->peek() !== '{') {
            $operation = $this->next();
            if ($this->peek() !== '{' && $this->peek() !== '(') {
                $name = $this->next();
            }
            if ($this->peek() === '(') {
                while ($this->next() !== ')') {
                }
            }
        }

        return new OperationDefinitionNode($operation, $name, $this->parseSelectionSet());
    }

    /** @return list<FieldNode> */
    private function parseSelectionSet(): array
    {
        $this->expect('{');
        $fields = [];
        while ($this->peek() !== '}') {
            $name = $this->next();
            $arguments = [];
            if ($this->peek() === '(') {
                $this->next();
                while ($this->peek() !== ')') {
                    $argName = $this->next();
                    $this->expect(':');
                    $arguments[] = new ArgumentNode($argName, $this->next());
                    if ($this->peek() === ',') {
                        $this->next();
                    }
                }
                $this->next();
            }
            $selections = $this->peek() === '{' ? $this->parseSelectionSet() : [];
            $fields[] = new FieldNode($name, $arguments, $selections);
        }
        $this->next();

        return $fields;
    }

    private function peek(): ?string
    {
        return $this->tokens[$this->pos]->value ?? null;
    }

    private function next(): string
    {
        return $this->tokens[$this->pos++]->value;
    }

    private function expect(string $value): void
    {
        if ($this->next() !== $value) {
            throw new \RuntimeException(sprintf('Syntax Error: expected "%s"', $value));
        }
    }
}
