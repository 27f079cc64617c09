<?php
// A console application first runs cache:warmup and then the app:webhooks:process worker command, which delivers PHPLEAK_N queued webhooks.

require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/src/Cache/TemplateCache.php';
require_once __DIR__ . '/src/Webhook/WebhookDelivery.php';
require_once __DIR__ . '/src/Webhook/WebhookSender.php';
require_once __DIR__ . '/src/Command/CacheWarmupCommand.php';
require_once __DIR__ . '/src/Command/ProcessWebhooksCommand.php';

use App\Cache\TemplateCache;
use App\Command\CacheWarmupCommand;
use App\Command\ProcessWebhooksCommand;
use App\Webhook\WebhookSender;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;

$secret = 'whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
$cache = new TemplateCache();

$application = new Application('billing', '3.2.0');
$application->add(new CacheWarmupCommand($cache));
$application->add(new ProcessWebhooksCommand(new WebhookSender($cache, $secret), $secret));

$application->run(new ArrayInput(['command' => 'cache:warmup']));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$application->run(new ArrayInput(['command' => 'app:webhooks:process', '--limit' => $n]));
