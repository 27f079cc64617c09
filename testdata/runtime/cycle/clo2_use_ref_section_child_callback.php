<?php
// A menu builder gives each child link an onActivate callback with use (&$section); $section becomes the parent node that holds the children.

final class MenuNode
{
    /** @var list<MenuNode> */
    public array $children = [];
    public bool $expanded = false;

    public function __construct(public string $label, public string $url, public ?Closure $onActivate = null) {} // leak

    public function activate(): void
    {
        if ($this->onActivate !== null) {
            ($this->onActivate)($this);
        }
    }
}

function buildSection(string $title, array $links): MenuNode
{
    $section = null;
    $expandSection = function (MenuNode $child) use (&$section): void { // leak
        if ($section instanceof MenuNode) {
            $section->expanded = true;
        }
    };
    $children = [];
    foreach ($links as $label => $url) {
        $children[] = new MenuNode($label, $url, $expandSection); // leak
    }
    $section = new MenuNode($title, '#' . strtolower($title));
    $section->children = $children; // leak
    return $section;
}

function handle(int $i): bool
{
    $section = buildSection("Docs {$i}", ['Install' => '/docs/install?ref=' . str_repeat('x', 300), 'Upgrade' => '/docs/upgrade?ref=' . str_repeat('y', 300)]);
    $section->children[0]->activate();
    return $section->expanded;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
