<?php

namespace App\MessageHandler;

use App\Context\ProductionContextStack;
use App\Inventory\MaterialLedger;
use App\Message\ReleaseWorkOrder;
use Symfony\Component\Messenger\Exception\UnrecoverableMessageHandlingException;

final class ReleaseWorkOrderHandler
{
    /** @var array<string, int> */
    public array $releasedPerLine = [];

    public function __construct(private MaterialLedger $ledger, private ProductionContextStack $contexts)
    {
    }

    public function __invoke(ReleaseWorkOrder $message): void
    {
        $context = $this->contexts->current();
        foreach ($message->components as $component) {
            $missing = $this->ledger->shortage($component['material'], $component['qty'] * $message->quantity);
            if ($missing > 0) {
                throw new UnrecoverableMessageHandlingException(sprintf('%s: %s short by %.1f %s', $context?->label(), $component['material'], $missing, $component['uom']));
            }
        }
        $this->releasedPerLine[$message->line] = ($this->releasedPerLine[$message->line] ?? 0) + 1;
    }
}
