<?php

declare(strict_types=1);

namespace App\Cms;

abstract class Block
{
    private ?Region $parent = null;

    public function __construct(protected readonly array $data)
    {
    }

    public function setParent(Region $region): void
    {
        $this->parent = $region; // leak
    }

    public function parent(): ?Region
    {
        return $this->parent;
    }

    protected function cssClass(): string
    {
        $region = $this->parent()?->name ?? 'orphan';

        return sprintf('block block--%s region-%s__block', static::TYPE, $region);
    }

    abstract public function render(): string;
}

final class HeadingBlock extends Block
{
    public const TYPE = 'heading';

    public function render(): string
    {
        $level = $this->data['level'] ?? 2;

        return sprintf('<h%d class="%s">%s</h%1$d>', $level, $this->cssClass(), htmlspecialchars($this->data['text']));
    }
}

final class RichTextBlock extends Block
{
    public const TYPE = 'richtext';

    public function render(): string
    {
        return sprintf('<div class="%s">%s</div>', $this->cssClass(), $this->data['html']);
    }
}

final class ImageBlock extends Block
{
    public const TYPE = 'image';

    public function render(): string
    {
        return sprintf(
            '<figure class="%s"><img src="%s" alt="%s"></figure>',
            $this->cssClass(),
            htmlspecialchars($this->data['src']),
            htmlspecialchars($this->data['alt'] ?? ''),
        );
    }
}
