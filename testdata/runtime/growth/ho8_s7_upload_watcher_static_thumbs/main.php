<?php
// bin/console entry: starts the app:uploads:watch command, which reacts to new files until --max-events is reached.

require __DIR__ . '/vendor/symfony/console.php';
require __DIR__ . '/src/Media/Thumbnailer.php';
require __DIR__ . '/src/Command/WatchUploadsCommand.php';

use App\Command\WatchUploadsCommand;
use App\Media\Thumbnailer;
use App\Media\UploadWatcher;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$application = new Application();
$application->add(new WatchUploadsCommand(new UploadWatcher('/srv/uploads'), new Thumbnailer()));
$application->run(new ArrayInput(['command' => 'app:uploads:watch', '--max-events' => $n]), new NullOutput());
