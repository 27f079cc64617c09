<?php

declare(strict_types=1);

namespace Mailer\Template;

use Mailer\Template\Ast\IfNode;
use Mailer\Template\Ast\Node;
use Mailer\Template\Ast\PrintNode;
use Mailer\Template\Ast\TextNode;

final class Renderer
{
    public function __construct(private readonly Parser $parser)
    {
    }

    public function render(string $source, array $vars): string
    {
        $document = $this->parser->parse($source);
        try {
            return $this->renderNode($document, $vars);
        } finally {
            $document->dispose();
        }
    }

    private function renderNode(Node $node, array $vars): string
    {
        return match (true) {
            $node instanceof TextNode => $node->text,
            $node instanceof PrintNode => $this->applyFilters((string) ($vars[$node->variable] ?? ''), $node->filters),
            $node instanceof IfNode && empty($vars[$node->condition]) => '',
            default => implode(' ', array_map(fn (Node $child) => $this->renderNode($child, $vars), $node->children())),
        };
    }

    private function applyFilters(string $value, array $filters): string
    {
        foreach ($filters as $filter) {
            $value = match ($filter) {
                'upper' => strtoupper($value),
                'e' => htmlspecialchars($value),
                default => $value,
            };
        }

        return $value;
    }
}
