<?php
declare(strict_types=1);

namespace Site\Matcher;

use Site\Menu\ItemInterface;

final class UriVoter implements VoterInterface
{
    public function __construct(private ?string $uri)
    {
    }

    public function matchItem(ItemInterface $item): ?bool
    {
        if ($this->uri === null || $item->getUri() === null) {
            return null;
        }

        return $item->getUri() === $this->uri ? true : null;
    }
}

final class RegexVoter implements VoterInterface
{
    public function __construct(private ?string $regexp)
    {
    }

    public function matchItem(ItemInterface $item): ?bool
    {
        if ($this->regexp === null || $item->getUri() === null) {
            return null;
        }

        return preg_match($this->regexp, $item->getUri()) === 1 ? true : null;
    }
}
