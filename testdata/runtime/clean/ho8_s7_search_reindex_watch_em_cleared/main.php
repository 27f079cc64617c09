<?php
// bin/console entry: runs app:search:reindex --watch, which keeps the search table in sync with product changes.

require __DIR__ . '/vendor/symfony/console.php';
require __DIR__ . '/vendor/doctrine/orm.php';
require __DIR__ . '/src/Entity/SearchDocument.php';
require __DIR__ . '/src/Command/ReindexSearchCommand.php';

use App\Command\ReindexSearchCommand;
use Doctrine\ORM\EntityManager;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$application = new Application();
$application->add(new ReindexSearchCommand(new EntityManager()));
$application->run(new ArrayInput(['command' => 'app:search:reindex', '--watch' => true, '--max-changes' => $n]), new NullOutput());
