<?php

namespace App\Message;

/** Published by the chain watcher each time a watched deposit gains a confirmation. */
final class DepositConfirmationReceived
{
    public function __construct(
        public readonly string $chain,
        public readonly string $txHash,
        public readonly int $outputIndex,
        public readonly string $toAddress,
        public readonly string $asset,
        public readonly string $amount,
        public readonly int $blockHeight,
        public readonly int $confirmations,
    ) {
    }
}
