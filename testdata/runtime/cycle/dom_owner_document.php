<?php
// A tiny DOM: every element knows its owner document and its parent.

final class Document
{
    public ?Element $root = null;

    public function createElement(string $tag): Element
    {
        return new Element($this, $tag);
    }
}

final class Element
{
    public ?Element $parentNode = null;
    /** @var Element[] */
    public array $childNodes = [];
    public string $text = '';

    public function __construct(public readonly Document $ownerDocument, public readonly string $tagName) {} // leak

    public function appendChild(Element $child): Element
    {
        $child->parentNode = $this; // leak
        $this->childNodes[] = $child; // leak
        return $child;
    }

    public function render(): string
    {
        $inner = $this->text;
        foreach ($this->childNodes as $c) {
            $inner .= $c->render();
        }
        return "<{$this->tagName}>{$inner}</{$this->tagName}>";
    }
}

function renderEmail(string $name): string
{
    $doc = new Document();
    $doc->root = $doc->createElement('html'); // leak
    $body = $doc->root->appendChild($doc->createElement('body'));
    $p = $body->appendChild($doc->createElement('p'));
    $p->text = "Hello {$name}, " . str_repeat('thanks for your order. ', 10);
    return $doc->root->render();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    renderEmail("customer {$i}");
}
