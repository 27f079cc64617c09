<?php
declare(strict_types=1);

namespace Site\Renderer;

use Site\Matcher\Matcher;
use Site\Menu\ItemInterface;

final class ListRenderer
{
    public function __construct(
        private Matcher $matcher,
        private string $currentClass = 'active',
        private string $ancestorClass = 'open',
    ) {
    }

    public function render(ItemInterface $menu): string
    {
        return $this->renderList($menu);
    }

    private function renderList(ItemInterface $item): string
    {
        if (count($item) === 0) {
            return '';
        }
        $indent = str_repeat('    ', $item->getLevel());
        $html = $indent . '<ul' . $this->renderAttributes($item->getAttributes()) . ">\n";
        foreach ($item as $child) {
            $html .= $this->renderItem($child);
        }

        return $html . $indent . "</ul>\n";
    }

    private function renderItem(ItemInterface $item): string
    {
        $classes = [];
        if ($this->matcher->isCurrent($item)) {
            $classes[] = $this->currentClass;
        } elseif ($this->matcher->isAncestor($item)) {
            $classes[] = $this->ancestorClass;
        }
        $classes[] = 'level-' . $item->getLevel();
        $indent = str_repeat('    ', $item->getLevel());

        return sprintf(
            "%s<li class=\"%s\"><a href=\"%s\">%s</a>\n%s%s</li>\n",
            $indent,
            implode(' ', $classes),
            htmlspecialchars((string) $item->getUri()),
            htmlspecialchars($item->getName()),
            $this->renderList($item),
            $indent,
        );
    }

    private function renderAttributes(array $attributes): string
    {
        $out = '';
        foreach ($attributes as $name => $value) {
            if ($value !== null) {
                $out .= sprintf(' %s="%s"', $name, htmlspecialchars($value));
            }
        }

        return $out;
    }
}
