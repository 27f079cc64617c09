<?php
// bin/console entry: runs app:catalog:stream-import over the supplier's NDJSON feed, one category tree per line.

require __DIR__ . '/vendor/symfony/console.php';
require __DIR__ . '/src/Catalog/Category.php';
require __DIR__ . '/src/Command/StreamImportCatalogCommand.php';

use App\Command\StreamImportCatalogCommand;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$application = new Application();
$application->add(new StreamImportCatalogCommand());
$application->run(new ArrayInput(['command' => 'app:catalog:stream-import', '--max-lines' => $n]), new NullOutput());
