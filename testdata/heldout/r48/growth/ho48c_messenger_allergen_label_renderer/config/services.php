<?php

use App\Label\AllergenLabelRenderer;
use App\Label\LabelPrinterSpool;
use App\Logging\BufferedAuditLogger;
use App\MessageHandler\PrintAllergenLabelHandler;
use Symfony\Component\DependencyInjection\ContainerBuilder;

return static function (ContainerBuilder $container): void {
    $container->register(BufferedAuditLogger::class)
        ->setArgument('$channel', 'labels');
    $container->register(AllergenLabelRenderer::class)
        ->setArgument('$templates', [
            'default' => "%s\nLot %s | Best before %s\nCONTAINS: %s\nPacked by %s volunteers for pantry %s.",
        ]);
    $container->register(LabelPrinterSpool::class);
    $container->register(PrintAllergenLabelHandler::class);
};
