<?php
// A transactional-email renderer builds a small DOM-like node tree for every message and serializes it to HTML.

declare(strict_types=1);

namespace Mailer\Markup;

abstract class Node
{
    public ?Element $parentNode = null;

    abstract public function toHtml(): string;

    public function getDepth(): int
    {
        $depth = 0;
        for ($node = $this->parentNode; $node !== null; $node = $node->parentNode) {
            $depth++;
        }

        return $depth;
    }
}

final class Text extends Node
{
    public function __construct(private string $data)
    {
    }

    public function toHtml(): string
    {
        return htmlspecialchars($this->data, ENT_QUOTES | ENT_HTML5);
    }
}

final class Element extends Node
{
    /** @var list<Node> */
    private array $childNodes = [];

    /** @param array<string, string> $attributes */
    public function __construct(
        public readonly string $tagName,
        private array $attributes = [],
    ) {
    }

    public function appendChild(Node $child): Node
    {
        $child->parentNode?->removeChild($child);
        $child->parentNode = $this; // leak
        $this->childNodes[] = $child; // leak

        return $child;
    }

    public function removeChild(Node $child): void
    {
        foreach ($this->childNodes as $i => $candidate) {
            if ($candidate === $child) {
                array_splice($this->childNodes, $i, 1);
                $child->parentNode = null;

                return;
            }
        }
    }

    public function setAttribute(string $name, string $value): void
    {
        $this->attributes[$name] = $value;
    }

    public function toHtml(): string
    {
        $attrs = '';
        foreach ($this->attributes as $name => $value) {
            $attrs .= sprintf(' %s="%s"', $name, htmlspecialchars($value, ENT_QUOTES | ENT_HTML5));
        }
        $inner = '';
        foreach ($this->childNodes as $child) {
            $inner .= $child->toHtml();
        }

        return "<{$this->tagName}{$attrs}>{$inner}</{$this->tagName}>";
    }
}

final class Document
{
    public readonly Element $body;

    public function __construct(public readonly string $title)
    {
        $this->body = new Element('body', ['style' => 'font-family: sans-serif']);
    }

    public function createElement(string $tag, array $attributes = []): Element
    {
        return new Element($tag, $attributes);
    }

    public function saveHtml(): string
    {
        return '<!doctype html><html><head><title>' . htmlspecialchars($this->title) . '</title></head>'
            . $this->body->toHtml() . '</html>';
    }
}

final class InvoiceMailRenderer
{
    private int $rendered = 0;

    public function __construct(private string $brandColor = '#0055aa')
    {
    }

    /** @param array{number: string, customer: string, note: string} $invoice */
    public function render(array $invoice): string
    {
        $doc = new Document('Invoice ' . $invoice['number']);
        $heading = $doc->body->appendChild($doc->createElement('h1', ['style' => 'color: ' . $this->brandColor]));
        $heading->appendChild(new Text('Invoice ' . $invoice['number']));
        $para = $doc->body->appendChild($doc->createElement('p'));
        $para->appendChild(new Text('Dear ' . $invoice['customer'] . ', ' . $invoice['note']));
        $this->rendered++;

        return $doc->saveHtml();
    }

    public function getRenderedCount(): int
    {
        return $this->rendered;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$renderer = new InvoiceMailRenderer();
for ($i = 0; $i < $n; $i++) {
    $html = $renderer->render([
        'number' => sprintf('INV-%05d', $i),
        'customer' => "Customer {$i}",
        'note' => str_repeat('please find attached your monthly statement. ', 6) . $i,
    ]);
}
