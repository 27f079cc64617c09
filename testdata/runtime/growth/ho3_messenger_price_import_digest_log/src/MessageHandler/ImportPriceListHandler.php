<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Message\ImportPriceList;
use Monolog\Logger;

/**
 * Applies a supplier price list to the catalogue, flagging suspicious jumps.
 */
final class ImportPriceListHandler
{
    /** @var array<string, float> */
    private array $currentPrices = [];

    /**
     * @param array<string, float> $catalogue
     */
    public function __construct(private readonly Logger $logger, array $catalogue, private readonly float $maxDeviation = 0.25)
    {
        $this->currentPrices = $catalogue;
    }

    public function __invoke(ImportPriceList $message): void
    {
        $updated = 0;
        foreach ($message->prices as $sku => $price) {
            $old = $this->currentPrices[$sku] ?? $price;
            if ($old > 0 && abs($price - $old) / $old > $this->maxDeviation) {
                $this->logger->warning('Price deviation above threshold, keeping old price', [
                    'supplier' => $message->supplier,
                    'file' => $message->fileName,
                    'sku' => $sku,
                    'feed_line' => sprintf('%s;%s;%.2f;EUR;piece', $message->fileName, $sku, $price),
                    'old' => $old,
                    'approval_url' => sprintf('https://backoffice.example.com/pricing/approvals/new?supplier=%s&sku=%s&file=%s&proposed=%.2f', rawurlencode($message->supplier), rawurlencode($sku), rawurlencode($message->fileName), $price),
                    'category_manager' => 'pricing-team@example.com',
                    'new' => $price,
                    'hint' => 'Check the supplier feed mapping for unit changes (piece vs. pack of 12) before approving manually; the previous price stays active until a category manager confirms the change in the back office.',
                ]);
                continue;
            }
            $this->currentPrices[$sku] = $price;
            $updated++;
        }
        $this->logger->info('Price list imported', ['supplier' => $message->supplier, 'updated' => $updated]);
    }
}
