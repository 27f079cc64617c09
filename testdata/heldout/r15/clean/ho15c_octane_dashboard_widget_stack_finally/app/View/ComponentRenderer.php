<?php

declare(strict_types=1);

namespace App\View;

/**
 * In-house port of Livewire's HandleComponents: the stack lets a nested
 * component find its parent while it renders.
 */
final class ComponentRenderer
{
    /** @var list<Component> */
    private static array $componentStack = [];

    private int $sequence = 0;

    public static function parent(): ?Component
    {
        return self::$componentStack === [] ? null : self::$componentStack[array_key_last(self::$componentStack)];
    }

    /** @param class-string<Component> $class */
    public function mount(string $class, array $user, array $params = []): string
    {
        $component = new $class(sprintf('%s-%d', basename(str_replace('\\', '/', $class)), ++$this->sequence), $user);
        $component->mount($params);

        self::$componentStack[] = $component;
        try {
            $html = $component->render();
        } finally {
            array_pop(self::$componentStack);
        }

        return sprintf('<div wire:id="%s">%s</div>', $component->id, $html);
    }
}
