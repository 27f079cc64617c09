<?php
declare(strict_types=1);

namespace Site\Matcher;

use Site\Menu\ItemInterface;

final class Matcher
{
    /** @var list<VoterInterface> */
    private array $voters;
    private \SplObjectStorage $cache;

    public function __construct(VoterInterface ...$voters)
    {
        $this->voters = $voters;
        $this->cache = new \SplObjectStorage();
    }

    public function isCurrent(ItemInterface $item): bool
    {
        if ($this->cache->contains($item)) {
            return $this->cache[$item];
        }
        $current = false;
        foreach ($this->voters as $voter) {
            $vote = $voter->matchItem($item);
            if ($vote !== null) {
                $current = $vote;
                break;
            }
        }
        $this->cache[$item] = $current;

        return $current;
    }

    public function isAncestor(ItemInterface $item): bool
    {
        foreach ($item->getChildren() as $child) {
            if ($this->isCurrent($child) || $this->isAncestor($child)) {
                return true;
            }
        }

        return false;
    }
}
