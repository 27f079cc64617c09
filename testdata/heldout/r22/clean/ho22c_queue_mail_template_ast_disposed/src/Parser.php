<?php

declare(strict_types=1);

namespace Mailer\Template;

use Mailer\Template\Ast\DocumentNode;
use Mailer\Template\Ast\Node;
use Mailer\Template\Ast\NodeFactory;

final class Parser
{
    public function __construct(private readonly NodeFactory $nodes)
    {
    }

    public function parse(string $source): DocumentNode
    {
        /** @var DocumentNode $document */
        $document = $this->nodes->create('document', null, 1);
        $current = $document;
        $parts = preg_split('/(\{\{.*?\}\}|\{%.*?%\})/', $source, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY);
        foreach ($parts as $i => $part) {
            $current = $this->parsePart($current, trim($part), $i + 1);
        }

        return $document;
    }

    private function parsePart(Node $current, string $part, int $line): Node
    {
        if (str_starts_with($part, '{{')) {
            $expr = array_map('trim', explode('|', trim($part, '{} ')));
            $this->nodes->create('print', $current, $line, ['variable' => array_shift($expr), 'filters' => $expr]);

            return $current;
        }
        if (str_starts_with($part, '{% if')) {
            return $this->nodes->create('if', $current, $line, ['condition' => trim(substr($part, 5, -2))]);
        }
        if ($part === '{% endif %}') {
            return $current->parent() ?? throw new \RuntimeException("Unbalanced endif on line {$line}");
        }
        $this->nodes->create('text', $current, $line, ['text' => $part]);

        return $current;
    }
}
