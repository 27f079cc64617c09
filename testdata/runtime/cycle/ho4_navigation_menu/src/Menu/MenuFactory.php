<?php
declare(strict_types=1);

namespace Site\Menu;

final class MenuFactory
{
    public function createItem(string $name, array $options = []): ItemInterface
    {
        $item = new MenuItem($name, $this, $options['uri'] ?? null);
        if (isset($options['label'])) {
            $item->setLabel($options['label']);
        }
        foreach ($options['attributes'] ?? [] as $attr => $value) {
            $item->setAttribute($attr, $value);
        }

        return $item;
    }

    public function createFromArray(string $name, array $tree): ItemInterface
    {
        $root = $this->createItem($name, ['attributes' => ['class' => 'nav navbar-nav']]);
        $this->appendChildren($root, $tree);

        return $root;
    }

    private function appendChildren(ItemInterface $parent, array $tree): void
    {
        foreach ($tree as $childName => $options) {
            $child = $parent->addChild($childName, $options);
            if (!empty($options['children'])) {
                $this->appendChildren($child, $options['children']);
            }
        }
    }
}
