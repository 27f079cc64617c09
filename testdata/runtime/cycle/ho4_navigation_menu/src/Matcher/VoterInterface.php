<?php
declare(strict_types=1);

namespace Site\Matcher;

use Site\Menu\ItemInterface;

interface VoterInterface
{
    /** Returns true/false for a decision, null to abstain. */
    public function matchItem(ItemInterface $item): ?bool;
}
