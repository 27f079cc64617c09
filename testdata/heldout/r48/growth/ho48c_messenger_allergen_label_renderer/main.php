<?php
// Modeled on the leak Symfony 5.4's Messenger ResetServicesListener (reset kernel.reset services after each message) fixes, for a service that is not resettable.
// messenger:consume labels — boots the kernel once, then handles PHPLEAK_N PrintAllergenLabel messages.

require __DIR__.'/lib/Symfony/DependencyInjection.php';
require __DIR__.'/lib/Symfony/Messenger.php';
foreach (['DependencyInjection/MessageHandlerPass', 'Kernel', 'Logging/BufferedAuditLogger', 'Message/PrintAllergenLabel',
    'Label/AbstractLabelRenderer', 'Label/AllergenLabelRenderer', 'Label/LabelPrinterSpool',
    'MessageHandler/PrintAllergenLabelHandler', 'Transport/PantryLabelFeed'] as $file) {
    require __DIR__."/src/{$file}.php";
}

$kernel = new App\Kernel(__DIR__);
$worker = $kernel->getWorker();
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
