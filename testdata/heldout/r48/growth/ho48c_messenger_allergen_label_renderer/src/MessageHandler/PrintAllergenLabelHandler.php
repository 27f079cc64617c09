<?php

namespace App\MessageHandler;

use App\Label\AllergenLabelRenderer;
use App\Label\LabelPrinterSpool;
use App\Logging\BufferedAuditLogger;
use App\Message\PrintAllergenLabel;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'labels')]
final class PrintAllergenLabelHandler
{
    public function __construct(
        private AllergenLabelRenderer $renderer,
        private LabelPrinterSpool $spool,
        private BufferedAuditLogger $logger,
    ) {
    }

    public function __invoke(PrintAllergenLabel $message): void
    {
        $this->spool->send($this->renderer->render($message));
        $this->logger->info('Printed allergen label', ['pantry' => $message->pantryId, 'lot' => $message->lotNumber]);
    }
}
