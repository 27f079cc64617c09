<?php

namespace App\Catalog;

abstract class Section
{
    /** @var \WeakReference<Exhibition> */
    private \WeakReference $exhibition;

    public function __construct(
        Exhibition $exhibition,
        protected array $payload,
    ) {
        $this->exhibition = \WeakReference::create($exhibition);
    }

    abstract public function label(): string;

    abstract public function renderBody(): string;

    protected function exhibition(): Exhibition
    {
        return $this->exhibition->get() ?? throw new \LogicException('section outlived its exhibition');
    }

    public function render(): string
    {
        $exhibition = $this->exhibition();

        return sprintf(
            "<section id=\"%s-%s\"><h2>%s — %s</h2>%s</section>\n",
            $exhibition->slug,
            strtolower($this->label()),
            htmlspecialchars($exhibition->title),
            $this->label(),
            $this->renderBody(),
        );
    }
}
