#pragma once

#include "ParseProblemLog.h"

#include <QDialog>

namespace revox {

// Lists what could not be read in the server's answers: each distinct problem once, how
// often it was met and one place where it was, with a button to copy the list.
class DataProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    DataProblemsDialog(const ParseProblemLog &problems, QWidget *parent = nullptr);
    // The list as plain text, one problem a line.
    static QString asText(const ParseProblemLog &problems);
};

} // namespace revox
