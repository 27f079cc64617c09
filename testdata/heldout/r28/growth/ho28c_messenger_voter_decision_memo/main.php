<?php

require __DIR__ . '/vendor/symfony/security-core/Token.php';
require __DIR__ . '/vendor/symfony/security-core/Authorization.php';
require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/ExportInvoices.php';
require __DIR__ . '/src/Message/GeneratedExportTransport.php';
require __DIR__ . '/src/Message/ExportInvoicesHandler.php';
require __DIR__ . '/src/Security/InvoiceVoter.php';
require __DIR__ . '/src/Security/MemoizingDecisionManager.php';

use App\Message\ExportInvoices;
use App\Message\ExportInvoicesHandler;
use App\Message\GeneratedExportTransport;
use App\Security\InvoiceVoter;
use App\Security\MemoizingDecisionManager;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\Worker;
use Symfony\Component\Security\Core\Authorization\AccessDecisionManager;

// container compiled at boot: services are shared for the consumer's lifetime
$decisionManager = new MemoizingDecisionManager(new AccessDecisionManager([new InvoiceVoter()]));
$locator = new HandlersLocator([
    ExportInvoices::class => new ExportInvoicesHandler($decisionManager),
]);

$worker = new Worker(new GeneratedExportTransport(), $locator);
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
