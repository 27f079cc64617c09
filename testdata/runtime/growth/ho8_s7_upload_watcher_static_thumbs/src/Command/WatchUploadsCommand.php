<?php

namespace App\Command;

use App\Media\Thumbnailer;
use App\Media\UploadWatcher;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:uploads:watch', description: 'Watches the upload directory and renders thumbnails for new images')]
final class WatchUploadsCommand extends Command
{
    public function __construct(private UploadWatcher $watcher, private Thumbnailer $thumbnailer) {}

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $maxEvents = (int) $input->getOption('max-events');
        $seen = 0;
        foreach ($this->watcher->watch() as $path) {
            $thumb = $this->thumbnailer->thumbnail($path);
            $output->writeln(sprintf('%s -> %d bytes', $path, strlen($thumb)));
            if (++$seen >= $maxEvents) {
                break;
            }
        }

        return Command::SUCCESS;
    }
}
