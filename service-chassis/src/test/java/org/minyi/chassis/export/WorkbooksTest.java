package org.minyi.chassis.export;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbooksTest {

    @Test
    void eachTableIsASheetWithItsHeadingsFrozenAndNumbersAsNumbers() throws Exception {
        byte[] bytes = Workbooks.of(
                new Workbooks.Table("汇总 Summary", List.of("单位 Unit", "任务 Tasks", "得分 Points"),
                        List.of(Arrays.asList("县交通运输局", 3, new BigDecimal("2.50")),
                                Arrays.asList("县财政局", 0L, null))),
                new Workbooks.Table("明细 Entries", List.of("编号 No."), List.of()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet summary = workbook.getSheet("汇总 Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位 Unit");
            assertThat(workbook.getFontAt(summary.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("县交通运输局");
            assertThat(summary.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.5);
            assertThat(summary.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(summary.getRow(2).getCell(2).getStringCellValue()).isEmpty();
            assertThat(workbook.getSheet("明细 Entries").getLastRowNum()).isZero();
        }
    }
}
