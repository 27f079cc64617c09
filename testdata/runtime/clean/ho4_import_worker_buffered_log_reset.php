<?php
// A CSV import worker logs progress for every row batch through a buffering log handler in front of a syslog-style sink.

namespace Import\Log;

interface HandlerInterface
{
    /**
     * @param array $record
     * @return bool
     */
    public function handle(array $record);

    public function close();
}

/**
 * Implemented by handlers/loggers that hold state between units of work.
 */
interface ResettableInterface
{
    public function reset();
}

/**
 * Pretends to write to syslog; only formats the line.
 */
class SyslogLikeHandler implements HandlerInterface
{
    private $ident;
    private $written = 0;

    public function __construct($ident)
    {
        $this->ident = $ident;
    }

    public function handle(array $record)
    {
        $line = sprintf('%s[%d]: %s %s %s', $this->ident, 4242, $record['level_name'], $record['message'], json_encode($record['context']));
        $this->written += strlen($line);
        return true;
    }

    public function handleBatch(array $records)
    {
        foreach ($records as $record) {
            $this->handle($record);
        }
    }

    public function close()
    {
    }
}

/**
 * Buffers all records until close() and then passes them to the wrapped handler in one batch.
 */
class BufferHandler implements HandlerInterface, ResettableInterface
{
    /** @var SyslogLikeHandler */
    protected $handler;
    /** @var int 0 means unlimited */
    protected $bufferLimit;
    protected $bufferSize = 0;
    protected $buffer = array();

    public function __construct(SyslogLikeHandler $handler, $bufferLimit = 0)
    {
        $this->handler = $handler;
        $this->bufferLimit = (int) $bufferLimit;
    }

    public function handle(array $record)
    {
        if ($this->bufferLimit > 0 && $this->bufferSize === $this->bufferLimit) {
            array_shift($this->buffer);
            $this->bufferSize--;
        }
        $this->buffer[] = $record;
        $this->bufferSize++;
        return true;
    }

    public function flush()
    {
        if ($this->bufferSize === 0) {
            return;
        }
        $this->handler->handleBatch($this->buffer);
        $this->clear();
    }

    public function clear()
    {
        $this->bufferSize = 0;
        $this->buffer = array();
    }

    public function close()
    {
        $this->flush();
        $this->handler->close();
    }

    public function reset()
    {
        $this->flush();
    }
}

class Logger implements ResettableInterface
{
    private $channel;
    /** @var HandlerInterface[] */
    private $handlers;

    public function __construct($channel, array $handlers)
    {
        $this->channel = $channel;
        $this->handlers = $handlers;
    }

    public function info($message, array $context = array())
    {
        $this->log(200, 'INFO', $message, $context);
    }

    public function error($message, array $context = array())
    {
        $this->log(400, 'ERROR', $message, $context);
    }

    private function log($level, $levelName, $message, array $context)
    {
        $record = array(
            'channel' => $this->channel,
            'level' => $level,
            'level_name' => $levelName,
            'message' => $message,
            'context' => $context,
            'datetime' => microtime(true),
        );
        foreach ($this->handlers as $handler) {
            if ($handler->handle($record)) {
                break;
            }
        }
    }

    public function close()
    {
        foreach ($this->handlers as $handler) {
            $handler->close();
        }
    }

    public function reset()
    {
        foreach ($this->handlers as $handler) {
            if ($handler instanceof ResettableInterface) {
                $handler->reset();
            }
        }
    }
}

namespace Import;

use Import\Log\Logger;

class RowImporter
{
    private $logger;
    private $imported = 0;

    public function __construct(Logger $logger)
    {
        $this->logger = $logger;
    }

    /**
     * @param string $file
     * @param array[] $rows
     */
    public function importBatch($file, array $rows)
    {
        $skipped = array();
        foreach ($rows as $n => $row) {
            if (empty($row['sku'])) {
                $skipped[] = $n;
                continue;
            }
            $this->imported++;
        }
        $this->logger->info('Imported batch from {file}', array(
            'file' => $file,
            'rows' => count($rows),
            'skipped' => $skipped,
            'first_sku' => $rows[0]['sku'],
            'source_path' => '/var/import/incoming/' . $file,
        ));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$logger = new Logger('import', array(new Log\BufferHandler(new Log\SyslogLikeHandler('importer'))));
$importer = new RowImporter($logger);
register_shutdown_function(array($logger, 'close'));

for ($i = 0; $i < $n; $i++) {
    $rows = array();
    for ($r = 0; $r < 5; $r++) {
        $rows[] = array('sku' => $r === 3 ? '' : sprintf('ART-%06d-%d', $i, $r), 'title' => 'Imported article ' . $i . '/' . $r);
    }
    $importer->importBatch(sprintf('supplier-feed-%05d.csv', $i), $rows);
    $logger->reset();
}
