<?php
declare(strict_types=1);

namespace Site\Menu;

class MenuItem implements ItemInterface
{
    protected ?ItemInterface $parent = null;
    /** @var array<string, ItemInterface> */
    protected array $children = [];
    protected array $attributes = [];
    protected string $label;

    public function __construct(
        protected string $name,
        protected MenuFactory $factory,
        protected ?string $uri = null,
    ) {
        $this->label = $name;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function getUri(): ?string
    {
        return $this->uri;
    }

    public function getLabel(): string
    {
        return $this->label;
    }

    public function setLabel(string $label): static
    {
        $this->label = $label;

        return $this;
    }

    public function addChild(ItemInterface|string $child, array $options = []): ItemInterface
    {
        if (!$child instanceof ItemInterface) {
            $child = $this->factory->createItem($child, $options);
        } elseif ($child->getParent() !== null) {
            throw new \InvalidArgumentException('Cannot add menu item as child, it already belongs to another menu.');
        }

        $child->setParent($this);
        $this->children[$child->getName()] = $child; // leak

        return $child;
    }

    public function getParent(): ?ItemInterface
    {
        return $this->parent;
    }

    public function setParent(?ItemInterface $parent): static
    {
        if ($parent === $this) {
            throw new \InvalidArgumentException('Item cannot be a child of itself');
        }
        $this->parent = $parent; // leak

        return $this;
    }

    public function getChildren(): array
    {
        return $this->children;
    }

    public function getLevel(): int
    {
        return $this->parent !== null ? $this->parent->getLevel() + 1 : 0;
    }

    public function setAttribute(string $name, ?string $value): static
    {
        $this->attributes[$name] = $value;

        return $this;
    }

    public function getAttributes(): array
    {
        return $this->attributes;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->children);
    }

    public function count(): int
    {
        return \count($this->children);
    }
}
